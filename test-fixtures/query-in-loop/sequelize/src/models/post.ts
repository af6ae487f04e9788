import {
  CreationOptional,
  DataTypes,
  ForeignKey,
  HasManyCountAssociationsMixin,
  HasManyGetAssociationsMixin,
  InferAttributes,
  InferCreationAttributes,
  Model,
  NonAttribute,
} from 'sequelize';
import { sequelize } from '../db';
import { Comment } from './comment';
import { User } from './user';

export class Post extends Model<InferAttributes<Post>, InferCreationAttributes<Post>> {
  declare id: CreationOptional<number>;
  declare authorId: ForeignKey<User['id']>;
  declare title: string;
  declare body: string;
  declare published: CreationOptional<boolean>;
  declare views: CreationOptional<number>;

  declare comments?: NonAttribute<Comment[]>;
  declare getComments: HasManyGetAssociationsMixin<Comment>;
  declare countComments: HasManyCountAssociationsMixin;
}

Post.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    title: { type: DataTypes.STRING, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    published: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    views: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
  },
  { sequelize, tableName: 'posts' },
);
