import { ApiProperty } from '@nestjs/swagger';
import { POOLS, type Pool } from '@carequeue/contracts';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class RerouteDto {
  @ApiProperty({ enum: POOLS })
  @IsIn(POOLS, { message: `pool must be one of ${POOLS.join(', ')}` })
  pool!: Pool;

  @ApiProperty({ description: 'Why, for whoever picks it up (staff only, never sent to the patient)' })
  @IsString()
  @Matches(/\S/, { message: 'note must not be blank' })
  @MaxLength(1000)
  note!: string;
}

export class EscalateDto {
  @ApiProperty({ description: 'Shown to the physician above the message' })
  @IsString()
  @Matches(/\S/, { message: 'note must not be blank' })
  @MaxLength(1000)
  note!: string;
}

export class SetStatusDto {
  @ApiProperty({ enum: ['waiting_for_patient', 'closed'] })
  @IsIn(['waiting_for_patient', 'closed'], { message: 'status must be waiting_for_patient or closed' })
  status!: 'waiting_for_patient' | 'closed';
}
