import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import type { ListQuery } from '../common/pagination';
import type { Task } from '../entities/task.entity';
import { TasksService } from '../services/tasks.service';

@Controller('projects/:projectId/tasks')
export class TasksController {
  constructor(private readonly tasksService: TasksService) {}

  @Get()
  list(@Param('projectId', ParseIntPipe) projectId: number, @Query() query: ListQuery): Promise<Task[]> {
    return query.page ? this.tasksService.forProjectPage(projectId, query) : this.tasksService.forProject(projectId);
  }

  @Get('board')
  async board(@Param('projectId', ParseIntPipe) projectId: number, @Query('page') page = '1'): Promise<{ tasks: Task[]; total: number }> {
    const [tasks, total] = await this.tasksService.boardPaged(projectId, Number(page));
    return { tasks, total };
  }

  @Get('search')
  search(@Query('q') q: string, @Query() query: ListQuery): Promise<Task[]> {
    return this.tasksService.search(q, query);
  }
}
