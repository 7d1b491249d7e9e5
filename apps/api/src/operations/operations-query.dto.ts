import { ApiProperty } from '@nestjs/swagger';
import { MAX_OPERATIONS_PERIOD_DAYS, periodProblems } from '@carequeue/measures';
import { ValidateBy, type ValidationArguments } from 'class-validator';

type PeriodField = 'from' | 'to';

/** The problem `periodProblems` finds with this field, if any (the same rules the dashboard's picker uses). */
function problemWith(field: PeriodField, args?: ValidationArguments) {
  const period = (args?.object ?? {}) as { from?: unknown; to?: unknown };
  return periodProblems(period.from, period.to).find((p) => p.field === field);
}

function ValidPeriodField(field: PeriodField): PropertyDecorator {
  return ValidateBy({
    name: 'validPeriod',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) => problemWith(field, args) === undefined,
      defaultMessage: (args?: ValidationArguments) => problemWith(field, args)?.message ?? `${field} is not valid`,
    },
  });
}

/** `GET /operations`: practice-local dates, both inclusive. */
export class OperationsQueryDto {
  @ApiProperty({ example: '2025-03-01', description: 'First day, practice-local, inclusive' })
  @ValidPeriodField('from')
  from!: string;

  @ApiProperty({ example: '2025-03-31', description: `Last day, practice-local, inclusive; the period is at most ${MAX_OPERATIONS_PERIOD_DAYS} days` })
  @ValidPeriodField('to')
  to!: string;
}
