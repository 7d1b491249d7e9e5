import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { RECORD_TYPES } from './import-records';

/** Far above the 10,000-record batches the EHR sends, and within the route's 20 MB body limit. */
export const MAX_IMPORT_RECORDS = 50_000;

export class ImportBatchDto {
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { type: { type: 'string', enum: [...RECORD_TYPES] } }, additionalProperties: true },
    maxItems: MAX_IMPORT_RECORDS,
    description: 'Records of any types in any order; each one is checked on its own (see the operation description).',
    example: [
      { type: 'provider', id: 'dr-1', name: 'Dr Ada Jones', role: 'physician' },
      { type: 'patient', id: 'MRN-1001', birthDate: '1950-04-02', primaryProviderId: 'dr-1' },
      { type: 'encounter', id: 'enc-1', patientId: 'MRN-1001', providerId: 'dr-1', date: '2025-03-03', kind: 'office_visit', infoAvailableAt: '2025-03-03T21:00:00Z' },
      { type: 'access_granted', patientId: 'MRN-1001', encounterId: 'enc-1', at: '2025-03-04T09:00:00-05:00' },
      { type: 'summary_provided', encounterId: 'enc-1', at: '2025-03-03T22:00:00Z' },
    ],
  })
  @IsArray({ message: 'records must be an array' })
  @ArrayMinSize(1, { message: 'records must hold at least one record' })
  @ArrayMaxSize(MAX_IMPORT_RECORDS, { message: `records must hold at most ${MAX_IMPORT_RECORDS} records; split the batch` })
  records!: unknown[];
}
