import { Controller, ForbiddenException, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, ThreadDetail, ThreadSummary } from '@carequeue/contracts';
import { readablePools } from '@carequeue/contracts';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { ListThreadsQuery } from './dto/list-threads.query';
import { ThreadsService } from './threads.service';

type Staff = Extract<Principal, { kind: 'staff' }>;

@ApiTags('threads')
@ApiBearerAuth()
@Controller({ path: 'threads', version: '1' })
export class ThreadsController {
  constructor(private readonly threads: ThreadsService) {}

  @Get()
  @ApiOperation({ summary: 'Threads in queue order (urgent, priority, due time, newest), filtered and paged; only pools the role may read' })
  @ApiOkResponse({ description: 'Page<ThreadSummary>' })
  list(@CurrentStaff() staff: Staff, @Query() query: ListThreadsQuery): Promise<Page<ThreadSummary>> {
    const pools = readablePools(staff.role);
    if (query.pool && !pools.includes(query.pool)) {
      throw new ForbiddenException(`the ${staff.role} role cannot read the ${query.pool} pool`);
    }
    return this.threads.list(staff.practiceId, query, pools, staff.userId);
  }

  @Get('batch')
  @Roles('physician')
  @ApiOperation({ summary: "The physician's batch: their threads (and unassigned ones), urgent first; routine requests only if escalated" })
  batch(@CurrentStaff() staff: Staff): Promise<ThreadSummary[]> {
    return this.threads.batch(staff.practiceId, staff.userId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One thread with its messages in order and the routing explanation (audited)' })
  get(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string): Promise<ThreadDetail> {
    return this.threads.detail(staff, id);
  }
}
