/** Injection tokens of the repositories (what `@InjectRepository(Entity)` resolves to). */
export const PROJECT_REPOSITORY = 'ProjectRepository';
export const MEMBER_REPOSITORY = 'MemberRepository';
