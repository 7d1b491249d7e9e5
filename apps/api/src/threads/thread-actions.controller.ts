import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/decorators';
import { EscalateDto, RerouteDto, SetStatusDto } from './dto/thread-action.dto';
import { ThreadActionsService, type Staff } from './thread-actions.service';

@ApiTags('threads')
@ApiBearerAuth()
@Controller({ path: 'threads/:id', version: '1' })
export class ThreadActionsController {
  constructor(private readonly actions: ThreadActionsService) {}

  @Post('claim')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Claim the thread (or renew your claim); it lapses after inactivity' })
  @ApiConflictResponse({ description: 'Someone else holds it: the answer names them' })
  claim(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string): Promise<{ renewed: boolean }> {
    return this.actions.claim(staff, id);
  }

  @Post('release')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Give the thread back to its pool' })
  release(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.actions.release(staff, id);
  }

  @Post('reroute')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Move the thread to another pool with a note' })
  reroute(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RerouteDto): Promise<void> {
    return this.actions.reroute(staff, id, dto.pool, dto.note.trim());
  }

  @Post('escalate')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Escalate to the patient's physician with a note (priority raised one step)" })
  escalate(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: EscalateDto): Promise<void> {
    return this.actions.escalate(staff, id, dto.note.trim());
  }

  @Post('status')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark "waiting for patient", or close' })
  setStatus(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SetStatusDto): Promise<void> {
    return this.actions.setStatus(staff, id, dto.status);
  }
}
