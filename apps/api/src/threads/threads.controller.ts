import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, ThreadDetail, ThreadSummary } from '@carequeue/contracts';
import { PracticeService } from '../practices/practice.service';
import { ListThreadsQuery } from './dto/list-threads.query';
import { ThreadsService } from './threads.service';

@ApiTags('threads')
@Controller({ path: 'threads', version: '1' })
export class ThreadsController {
  constructor(
    private readonly threads: ThreadsService,
    private readonly practices: PracticeService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Threads in queue order (urgent, priority, due time, newest), filtered and paged' })
  @ApiOkResponse({ description: 'Page<ThreadSummary>' })
  async list(@Query() query: ListThreadsQuery): Promise<Page<ThreadSummary>> {
    const practice = await this.practices.current();
    return this.threads.list(practice.id, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One thread with its messages in order and the routing explanation' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ThreadDetail> {
    const practice = await this.practices.current();
    return this.threads.detail(practice.id, id, { type: 'anonymous' });
  }
}
