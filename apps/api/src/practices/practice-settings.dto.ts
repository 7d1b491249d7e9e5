import { ApiPropertyOptional } from '@nestjs/swagger';
import type { OpeningHours } from '@carequeue/calendar';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min } from 'class-validator';

/** What an administrator may change about the practice. Omitted fields stay as they are. */
export class PracticeSettingsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;

  @ApiPropertyOptional({ description: 'Weekday (0 = Sunday) → { open: "HH:MM", close: "HH:MM" }; a missing day is closed' })
  @IsOptional()
  @IsObject()
  openingHours?: OpeningHours;

  @ApiPropertyOptional({ example: ['2026-12-25'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(366)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'holidays must be YYYY-MM-DD dates' })
  holidays?: string[];

  @ApiPropertyOptional({ description: 'Sent at once into a thread found urgent' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'safetyReply must not be blank' })
  @MaxLength(1000)
  safetyReply?: string;

  @ApiPropertyOptional({ minimum: 100, maximum: 20000 })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(20_000)
  maxMessageLength?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }, { message: 'portalUrl must be an http(s) URL' })
  portalUrl?: string;
}
