import type { Page, Post } from '../types';

/** A small REST data source for the posts service. */
export class PostsAPI {
  constructor(private readonly baseUrl: string) {}

  async getPost(id: string): Promise<Post> {
    const response = await fetch(`${this.baseUrl}/posts/${id}`);
    return (await response.json()) as Post;
  }

  async getPosts(ids: readonly string[]): Promise<Post[]> {
    const response = await fetch(`${this.baseUrl}/posts?ids=${ids.join(',')}`);
    return (await response.json()) as Post[];
  }

  async listPage(cursor: string | null): Promise<Page<Post>> {
    const response = await fetch(`${this.baseUrl}/posts${cursor ? `?cursor=${cursor}` : ''}`);
    return (await response.json()) as Page<Post>;
  }
}
