import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class ReplyDto {
  @ApiProperty({ description: 'Free text or a template body; placeholders are filled, the sender signature is added' })
  @IsString()
  @MinLength(1)
  // A generous cap in UTF-16 units; the channel limit is checked in user-perceived characters.
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional({ description: 'The template the body started from: its own limit applies and it is recorded' })
  @IsOptional()
  @IsUUID('all')
  templateId?: string;

  @ApiPropertyOptional({ description: 'Batch mode: how long the sender spent on this thread, in milliseconds (for throughput reports)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(24 * 3_600_000)
  elapsedMs?: number;

  @ApiPropertyOptional({ enum: ['close', 'wait'], default: 'close', description: 'After sending: close the thread, or wait for the patient' })
  @IsOptional()
  @IsIn(['close', 'wait'], { message: 'then must be close or wait' })
  then?: 'close' | 'wait';
}

export interface ReplyResult {
  messageId: string;
  /** Exactly what the patient receives, signature included. */
  text: string;
  length: number;
  limit: number;
}

export class BulkReplyDto {
  @ApiProperty({ description: 'Threads to answer with the same text, personalised to each patient' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  threadIds!: string[];

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all')
  templateId?: string;
}

export interface BulkReplyResult {
  threadId: string;
  status: 'sent' | 'refused';
  messageId?: string;
  reason?: string;
}
