import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OPERATIONS_ROLES, type OperationsReport } from '@carequeue/contracts';
import { CurrentStaff, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { OperationsQueryDto } from './operations-query.dto';
import { OperationsService } from './operations.service';

type Staff = Extract<Principal, { kind: 'staff' }>;

@ApiTags('operations')
@ApiBearerAuth()
@Controller({ path: 'operations', version: '1' })
@Roles(...OPERATIONS_ROLES)
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Response times, SLA compliance, volume and backlog per day, physician workload and batch throughput (administrators)',
    description:
      'Threads count when their first patient message arrived in the period (practice-local dates, inclusive). ' +
      'Percentiles interpolate linearly (percentile_cont). Definitions: apps/api/src/operations/README.md.',
  })
  @ApiOkResponse({ description: 'OperationsReport (libs/contracts)' })
  @ApiForbiddenResponse({ description: 'Not an administrator' })
  report(@CurrentStaff() staff: Staff, @Query() query: OperationsQueryDto): Promise<OperationsReport> {
    return this.operations.report(staff.practiceId, query.from, query.to);
  }
}
