import { ApiPropertyOptional } from '@nestjs/swagger';
import { POOLS, THREAD_STATUSES, type Pool, type ThreadStatus } from '@carequeue/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListThreadsQuery {
  @ApiPropertyOptional({ enum: THREAD_STATUSES })
  @IsOptional()
  @IsIn(THREAD_STATUSES, { message: `status must be one of ${THREAD_STATUSES.join(', ')}` })
  status?: ThreadStatus;

  @ApiPropertyOptional({ enum: POOLS })
  @IsOptional()
  @IsIn(POOLS, { message: `pool must be one of ${POOLS.join(', ')}` })
  pool?: Pool;

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
