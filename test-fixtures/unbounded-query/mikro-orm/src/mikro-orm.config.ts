import { defineConfig } from '@mikro-orm/postgresql';
import { Member } from './entities/member.entity';
import { Project } from './entities/project.entity';
import { Task } from './entities/task.entity';

export default defineConfig({
  clientUrl: process.env.DATABASE_URL,
  entities: [Member, Project, Task],
});
