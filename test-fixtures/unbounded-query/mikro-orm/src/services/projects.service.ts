import { Inject, Injectable } from '@nestjs/common';
import { EntityRepository } from '@mikro-orm/postgresql';
import { MEMBER_REPOSITORY, PROJECT_REPOSITORY } from '../common/tokens';
import type { Member } from '../entities/member.entity';
import type { Project } from '../entities/project.entity';

@Injectable()
export class ProjectsService {
  constructor(
    @Inject(PROJECT_REPOSITORY) private readonly projects: EntityRepository<Project>,
    @Inject(MEMBER_REPOSITORY) private readonly members: EntityRepository<Member>,
  ) {}

  /** The project switcher: every project ever created. */
  all(): Promise<Project[]> {
    return this.projects.findAll(); // expect: unbounded-query
  }

  /** Active projects, filtered through findAll's where option. */
  active(): Promise<Project[]> {
    return this.projects.findAll({ where: { archived: false }, orderBy: { name: 'asc' } }); // expect: unbounded-query
  }

  /** Most recent projects. */
  latest(): Promise<Project[]> {
    return this.projects.findAll({ orderBy: { id: 'desc' }, limit: 20 }); // ok: unbounded-query -- limit: 20
  }

  /** Projects owned by a member, counted and returned whole. */
  ownedBy(memberId: number): Promise<[Project[], number]> {
    return this.projects.findAndCount({ owner: memberId }); // expect: unbounded-query
  }

  byKey(key: string): Promise<Project | null> {
    return this.projects.findOne({ key }); // ok: unbounded-query -- lookup by a unique key
  }

  memberByEmail(email: string): Promise<Member | null> {
    return this.members.findOne({ email: email.toLowerCase() }); // ok: unbounded-query -- lookup by a unique key
  }

  /** Every active member, for the assignee picker. */
  activeMembers(): Promise<Member[]> {
    return this.members.find({ active: true }, { orderBy: { name: 'asc' } }); // expect: unbounded-query
  }

  async archive(id: number): Promise<void> {
    await this.projects.nativeUpdate({ id }, { archived: true }); // ok: unbounded-query -- write
  }
}
