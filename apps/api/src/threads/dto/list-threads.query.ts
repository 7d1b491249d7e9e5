import { ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_CATEGORIES, POOLS, PRIORITIES, THREAD_STATUSES, type MessageCategory, type Pool, type Priority, type ThreadStatus } from '@carequeue/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListThreadsQuery {
  @ApiPropertyOptional({ enum: THREAD_STATUSES })
  @IsOptional()
  @IsIn(THREAD_STATUSES, { message: `status must be one of ${THREAD_STATUSES.join(', ')}` })
  status?: ThreadStatus;

  @ApiPropertyOptional({ enum: POOLS })
  @IsOptional()
  @IsIn(POOLS, { message: `pool must be one of ${POOLS.join(', ')}` })
  pool?: Pool;

  @ApiPropertyOptional({ enum: MESSAGE_CATEGORIES })
  @IsOptional()
  @IsIn(MESSAGE_CATEGORIES, { message: `category must be one of ${MESSAGE_CATEGORIES.join(', ')}` })
  category?: MessageCategory;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES, { message: `priority must be one of ${PRIORITIES.join(', ')}` })
  priority?: Priority;

  @ApiPropertyOptional({ description: 'Only threads past their due time and still unanswered' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only threads I have claimed or that routing assigned to me' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'mine must be true or false' })
  mine?: boolean;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
