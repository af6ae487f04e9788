import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import type { ListQuery } from '../common/pagination';
import type { Comment } from '../entities/comment.entity';
import type { Post } from '../entities/post.entity';
import { CommentsService } from '../services/comments.service';
import { PostsService } from '../services/posts.service';

@Controller('posts')
export class PostsController {
  constructor(
    private readonly postsService: PostsService,
    private readonly commentsService: CommentsService,
  ) {}

  @Get()
  list(@Query() query: ListQuery): Promise<Post[]> {
    return query.page ? this.postsService.listPage(query) : this.postsService.listPublished();
  }

  @Get('search')
  search(@Query() query: ListQuery): Promise<Post[]> {
    return this.postsService.search(query);
  }

  @Get(':slug')
  async show(@Param('slug') slug: string): Promise<{ post: Post | null; comments: Comment[] }> {
    const post = await this.postsService.findBySlug(slug);
    return { post, comments: post ? await this.commentsService.forPost(post.id) : [] };
  }

  @Get(':id/comments')
  comments(@Param('id', ParseIntPipe) id: number, @Query() query: ListQuery): Promise<[Comment[], number]> {
    return this.commentsService.forPostPage(id, query);
  }
}
