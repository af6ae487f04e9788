import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Comment } from './entities/comment.entity';
import { Country } from './entities/country.entity';
import { SubscriptionPlan } from './entities/plan.entity';
import { Post } from './entities/post.entity';
import { User } from './entities/user.entity';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User, Post, Comment, Country, SubscriptionPlan],
  synchronize: false,
});
