import { DataTypes } from 'sequelize';
import { sequelize } from '../db';

/** Defined the classic way, with sequelize.define. */
export const Tag = sequelize.define(
  'Tag',
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING, allowNull: false, unique: true },
  },
  { tableName: 'tags' },
);

export const PostTag = sequelize.define('PostTag', {
  postId: { type: DataTypes.INTEGER, primaryKey: true },
  tagId: { type: DataTypes.INTEGER, primaryKey: true },
});
