import { thumbnailName, writeBlob } from '../lib/storage';

export async function saveAvatar(userId: string, image: Buffer): Promise<string> {
  const key = `avatars/${userId}/${thumbnailName(image)}`;
  writeBlob(key, image);
  return `/static/${key}`;
}
