import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { addMonths, isIsoDate, type DrillDownSet, type Stage } from '@carequeue/measures';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, type ValidationArguments } from 'class-validator';

/** The longest reporting period: a calendar year is the longest the program uses; two leave room to compare. */
export const MAX_PERIOD_MONTHS = 24;
export const DRILL_DOWN_SETS: readonly DrillDownSet[] = ['numerator', 'denominator', 'gap'];
export const MAX_PAGE = 10_000;

function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value),
      defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a calendar date YYYY-MM-DD`,
    },
  });
}

const fromOf = (args: ValidationArguments): unknown => (args.object as { from?: unknown }).from;

/** `to` is not before `from` (checked only once both are dates). */
function NotBeforeFrom(): PropertyDecorator {
  return ValidateBy({
    name: 'notBeforeFrom',
    validator: {
      validate: (to: unknown, args?: ValidationArguments) => {
        const from = args ? fromOf(args) : undefined;
        return !isIsoDate(from) || !isIsoDate(to) || to >= from;
      },
      defaultMessage: () => 'to must not be before from',
    },
  });
}

function WithinMaxPeriod(): PropertyDecorator {
  return ValidateBy({
    name: 'withinMaxPeriod',
    validator: {
      validate: (to: unknown, args?: ValidationArguments) => {
        const from = args ? fromOf(args) : undefined;
        return !isIsoDate(from) || !isIsoDate(to) || to < addMonths(from, MAX_PERIOD_MONTHS);
      },
      defaultMessage: () => `the period from..to must be at most ${MAX_PERIOD_MONTHS / 12} years`,
    },
  });
}

/** A reporting period (practice-local dates, both inclusive) and an optional EP. */
export class PeriodQueryDto {
  @ApiProperty({ example: '2025-01-01', description: 'First day, practice-local, inclusive' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2025-03-31', description: 'Last day, practice-local, inclusive; at most 2 years after from' })
  @IsCalendarDate()
  @NotBeforeFrom()
  @WithinMaxPeriod()
  to!: string;

  @ApiPropertyOptional({ description: "An EP's import id (the provider record's id)" })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'providerId must not be empty' })
  @MaxLength(200)
  providerId?: string;
}

export class MeasuresQueryDto extends PeriodQueryDto {
  @ApiProperty({ enum: [1, 2, 3] })
  @Type(() => Number)
  @IsIn([1, 2, 3], { message: 'stage must be 1, 2 or 3' })
  stage!: Stage;

  @ApiPropertyOptional({ example: 2017, description: 'Picks the thresholds of that program year; the latest bar without it' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'programYear must be a year' })
  @Min(2011)
  @Max(2100)
  programYear?: number;
}

export class DrillDownQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: DRILL_DOWN_SETS, default: 'gap', description: 'gap = in the denominator, not in the numerator' })
  @IsOptional()
  @IsIn(DRILL_DOWN_SETS, { message: 'set must be numerator, denominator or gap' })
  set: DrillDownSet = 'gap';

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, description: 'Default 100 for JSON; all rows for CSV' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv is the same as sending Accept: text/csv' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}
