import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

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
