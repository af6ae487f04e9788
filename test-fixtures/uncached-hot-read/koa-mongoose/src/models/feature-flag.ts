import { Schema, model } from 'mongoose';

export interface IFeatureFlag {
  name: string;
  enabled: boolean;
}

export const FeatureFlag = model<IFeatureFlag>('FeatureFlag', new Schema<IFeatureFlag>({ name: String, enabled: Boolean }));
