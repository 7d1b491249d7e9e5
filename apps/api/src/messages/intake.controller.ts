import { Body, Controller, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IntakeMessageResponse } from '@carequeue/contracts';
import type { Response } from 'express';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { PracticeService } from '../practices/practice.service';
import { IntakeMessageDto } from './dto/intake-message.dto';
import { IntakeService } from './intake.service';

@ApiTags('intake')
@ApiHeader({ name: 'X-Api-Key', required: true, description: "The portal integration's key" })
@Controller({ path: 'messages', version: '1' })
@UseGuards(ApiKeyGuard)
export class IntakeController {
  constructor(
    private readonly intake: IntakeService,
    private readonly practices: PracticeService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Accept a patient message from the portal (idempotent on externalId)' })
  @ApiAcceptedResponse({ description: 'Accepted: stored and queued for triage' })
  @ApiOkResponse({ description: 'This externalId was accepted before; nothing new was created' })
  async accept(@Body() dto: IntakeMessageDto, @Res({ passthrough: true }) res: Response): Promise<IntakeMessageResponse> {
    const practice = await this.practices.current();
    const { threadId, messageId, duplicate } = await this.intake.accept(practice, dto);
    res.status(duplicate ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return { threadId, messageId, duplicate };
  }
}
