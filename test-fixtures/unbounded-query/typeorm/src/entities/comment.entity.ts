import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Post } from './post.entity';

@Entity('comments')
export class Comment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  postId!: number;

  @ManyToOne(() => Post, (post) => post.comments)
  post!: Post;

  @Column()
  authorId!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'int', default: 0 })
  likes!: number;

  @Column({ default: false })
  flagged!: boolean;

  @CreateDateColumn()
  createdAt!: Date;
}
