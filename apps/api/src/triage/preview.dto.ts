import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_CATEGORIES, MAX_SUBJECT_LENGTH, type MessageCategory } from '@carequeue/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class TriagePreviewDto {
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_SUBJECT_LENGTH)
  subject!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional({ enum: MESSAGE_CATEGORIES, description: "The patient's own choice (a prior)" })
  @IsOptional()
  @IsIn(MESSAGE_CATEGORIES, { message: `category must be one of ${MESSAGE_CATEGORIES.join(', ')}` })
  category?: MessageCategory;

  @ApiPropertyOptional({ description: "Decide for this patient (age, own physician)" })
  @IsOptional()
  @IsUUID('all')
  patientId?: string;

  @ApiPropertyOptional({ description: 'Draft rules to try instead of the saved ones (nothing is saved)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: 'each rule must be an object' })
  rules?: Record<string, unknown>[];
}
