import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/decorators';
import type { Staff } from '../threads/thread-actions.service';
import { ReplyDto, type ReplyResult } from './reply.dto';
import { RepliesService } from './replies.service';

@ApiTags('threads')
@ApiBearerAuth()
@Controller({ path: 'threads/:id/replies', version: '1' })
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  @Post()
  @ApiOperation({ summary: 'Reply to the patient in this thread, signed with your name and role; the patient is notified' })
  @ApiCreatedResponse({ description: 'Stored; the notification is queued' })
  @ApiBadRequestResponse({ description: 'Over the channel limit (never truncated), or a placeholder without a value' })
  reply(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReplyDto): Promise<ReplyResult> {
    return this.replies.reply(staff, id, dto);
  }
}
