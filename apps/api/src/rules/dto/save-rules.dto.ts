import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export class SaveRulesDto {
  @ApiProperty({ description: 'The whole ordered list; the first enabled rule that matches decides' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: 'each rule must be an object' })
  // Each rule is checked field by field by the engine's own validateRoutingRule (RulesService).
  rules!: Record<string, unknown>[];

  @ApiPropertyOptional({ description: 'Why this version was made' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
