export interface User {
  id: string;
  name: string;
  avatarUrl: string | null;
}

export interface Post {
  id: string;
  authorId: string;
  title: string;
  tagIds: string[];
  published: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
