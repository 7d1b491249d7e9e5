import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/decorators';
import type { Staff } from '../threads/thread-actions.service';
import { TemplatePreviewDto } from '../templates/template.dto';
import { BulkReplyDto, ReplyDto, type BulkReplyResult, type ReplyResult } from './reply.dto';
import { RepliesService } from './replies.service';

@ApiTags('threads')
@ApiBearerAuth()
@Controller({ version: '1' })
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  @Post('replies/preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Render a reply or template for a real patient, signed by you, with its length (stores nothing; the read is audited)' })
  preview(@CurrentStaff() staff: Staff, @Body() dto: TemplatePreviewDto) {
    return this.replies.preview(staff, dto.body, dto.mrn, dto.maxLength ?? null);
  }

  @Post('replies/bulk')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Send one text to several threads, personalised to each patient; each thread succeeds or is refused on its own' })
  bulk(@CurrentStaff() staff: Staff, @Body() dto: BulkReplyDto): Promise<BulkReplyResult[]> {
    return this.replies.bulk(staff, dto);
  }

  @Post('threads/:id/replies')
  @ApiOperation({ summary: 'Reply to the patient in this thread, signed with your name and role; the patient is notified' })
  @ApiCreatedResponse({ description: 'Stored; the notification is queued' })
  @ApiBadRequestResponse({ description: 'Over the channel limit (never truncated), or a placeholder without a value' })
  reply(@CurrentStaff() staff: Staff, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: ReplyDto): Promise<ReplyResult> {
    return this.replies.reply(staff, id, dto);
  }
}
