import type { FastifyInstance } from 'fastify';
import { RoleStore } from '../stores/role-store';
import type { IRoleStore, IUserStore } from '../stores/store';
import { TagStore } from '../stores/tag-store';
import { UserStore } from '../stores/user-store';

/** Unleash's shape: services hold stores through interface-typed properties. */
class AdminService {
  constructor(
    private readonly roleStore: IRoleStore,
    private readonly userStore: IUserStore,
  ) {}

  roles() {
    return this.roleStore.getAll();
  }

  user(id: number) {
    return this.userStore.getById(id);
  }

  usersPerRole() {
    return this.userStore.countByRole();
  }
}

export const tagStore = new TagStore();

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const service = new AdminService(new RoleStore(), new UserStore());
  app.get('/admin/roles', async () => service.roles());
  app.get<{ Params: { id: string } }>('/admin/users/:id', async (request) => service.user(Number(request.params.id)));
  app.get('/admin/roles/usage', async () => service.usersPerRole());
}
