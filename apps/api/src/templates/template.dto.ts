import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_CATEGORIES, STAFF_ROLES, type MessageCategory, type StaffRole } from '@carequeue/contracts';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class TemplateDto {
  @ApiProperty()
  @IsString()
  @MaxLength(120)
  name!: string;

  @ApiProperty({ description: 'Text with placeholders such as {{patient.firstName}}; unknown placeholders are refused' })
  @IsString()
  @MaxLength(20_000)
  body!: string;

  @ApiPropertyOptional({ enum: MESSAGE_CATEGORIES })
  @IsOptional()
  @IsIn(MESSAGE_CATEGORIES, { message: `category must be one of ${MESSAGE_CATEGORIES.join(', ')}` })
  category?: MessageCategory;

  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true, description: 'Roles that see it; none means everyone' })
  @IsOptional()
  @IsArray()
  @IsIn(STAFF_ROLES, { each: true, message: `roles must be among ${STAFF_ROLES.join(', ')}` })
  roles?: StaffRole[];

  @ApiPropertyOptional({ enum: ['portal', 'sms'], default: 'portal' })
  @IsOptional()
  @IsIn(['portal', 'sms'], { message: 'channel must be portal or sms' })
  channel?: 'portal' | 'sms';

  @ApiPropertyOptional({ description: "This template's own limit in characters (the smaller of it and the channel's applies)" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20_000)
  maxLength?: number;

  @ApiPropertyOptional({ example: 'alt+1' })
  @IsOptional()
  @IsString()
  @Matches(/^(ctrl\+|alt\+|shift\+){0,3}[a-z0-9]$/, { message: 'shortcut must look like alt+1 or ctrl+shift+r' })
  shortcut?: string;

  @ApiPropertyOptional({ enum: ['practice', 'personal'], default: 'personal', description: 'Practice-wide templates are for admins to manage' })
  @IsOptional()
  @IsIn(['practice', 'personal'], { message: 'scope must be practice or personal' })
  scope?: 'practice' | 'personal';
}

export class TemplatePreviewDto {
  @ApiProperty()
  @IsString()
  @MaxLength(20_000)
  body!: string;

  @ApiProperty({ description: "A patient's MRN: the preview is rendered with their details" })
  @IsString()
  @MaxLength(64)
  mrn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20_000)
  maxLength?: number;
}
