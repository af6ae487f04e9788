import { Router, type Request, type Response } from 'express';
import { asyncHandler } from '../middleware/async-handler';
import { userService } from '../services/user-service';

export const usersRouter = Router();

async function createUser(req: Request, res: Response): Promise<void> {
  const user = await userService.register(String(req.body.email), String(req.body.password));
  res.status(201).json(user);
}

async function login(req: Request, res: Response): Promise<void> {
  const token = await userService.login(String(req.body.email), String(req.body.password));
  if (!token) {
    res.status(401).end();
    return;
  }
  res.json({ token });
}

usersRouter.post('/', asyncHandler(createUser));
usersRouter.post('/login', asyncHandler(login));
