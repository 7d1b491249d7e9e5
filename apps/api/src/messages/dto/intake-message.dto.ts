import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IntakeMessageRequest,
  MAX_SUBJECT_LENGTH,
  MESSAGE_CATEGORIES,
  type MessageCategory,
} from '@carequeue/contracts';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';

/** A generous hard cap in UTF-16 units; the practice's own limit is checked in graphemes. */
const BODY_HARD_CAP = 20_000;

export class IntakeMessageDto implements IntakeMessageRequest {
  @ApiProperty({ description: "The portal's id for this message; posting it again creates nothing new." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'externalId must be printable ASCII without spaces' })
  externalId!: string;

  @ApiPropertyOptional({ description: "CareQueue's patient id. Give this or mrn." })
  @ValidateIf((dto: IntakeMessageDto) => dto.patientId !== undefined || dto.mrn === undefined)
  @IsUUID('all', { message: 'patientId must be a UUID (or give mrn instead)' })
  patientId?: string;

  @ApiPropertyOptional({ description: "The practice's medical record number. Give this or patientId." })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  mrn?: string;

  @ApiPropertyOptional({ description: 'Continue this thread (a patient reply) instead of starting a new one.' })
  @IsOptional()
  @IsUUID('all')
  threadId?: string;

  @ApiProperty({ enum: MESSAGE_CATEGORIES })
  @IsIn(MESSAGE_CATEGORIES, { message: `category must be one of ${MESSAGE_CATEGORIES.join(', ')}` })
  category!: MessageCategory;

  @ApiProperty({ maxLength: MAX_SUBJECT_LENGTH })
  @IsString()
  @Matches(/\S/, { message: 'subject must not be blank' })
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject!: string;

  @ApiProperty({ description: "At most the practice's limit (default 2,000) user-perceived characters." })
  @IsString()
  @Matches(/\S/, { message: 'body must not be blank' })
  @MaxLength(BODY_HARD_CAP)
  body!: string;

  @ApiPropertyOptional({ description: 'ISO 8601; defaults to the time CareQueue received the message.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  sentAt?: string;
}
