import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AllowPortalKey, CurrentPrincipal, Roles } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { PracticeService } from '../practices/practice.service';
import { ImportBatchDto } from './import.dto';
import { ImportService, type ImportActor, type ImportSummary } from './import.service';

const DESCRIPTION = `
Imports providers, patients, visits and portal events from the EHR and the portal.

**All or nothing.** Every record is validated first (its fields, then that every id it points at is in
the batch or already imported). If any record is invalid the answer is 400 with
\`errors: [{ index, field, message }]\` (index = position in \`records\`) and **nothing from the batch is
stored**, not even the valid records. Otherwise the whole batch is written in one transaction.

**Idempotent.** Providers, patients and encounters are keyed by \`id\`: importing one again updates it
(the last record with an id wins within a batch). Events have no id; the whole record is their key
(type, patientId, encounterId, providerId, action, at to the millisecond), so re-sending one stores nothing.

**Mapping.** A provider becomes a physician staff user (no password) with \`external_id = id\`; a
patient's \`id\` is the practice's MRN, so imported data joins the patients whose portal messages CareQueue
already holds. Instants must carry an offset or Z. Up to 50,000 records and 20 MB per request.
`;

@ApiTags('engagement')
@ApiSecurity('portal')
@ApiBearerAuth()
@Controller({ path: 'import', version: '1' })
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly practices: PracticeService,
  ) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @AllowPortalKey()
  @Roles('admin')
  @ApiOperation({ summary: 'Import engagement records (portal key or an admin); all or nothing, idempotent', description: DESCRIPTION })
  @ApiBody({ type: ImportBatchDto, description: '`{ "records": [ … ] }`, at most 50,000 records' })
  @ApiOkResponse({ description: 'Stored: counts of created, updated and unchanged rows per kind' })
  @ApiBadRequestResponse({ description: 'Invalid records, each as { index, field, message }; nothing was stored' })
  async import(@CurrentPrincipal() principal: Principal | undefined, @Body() dto: ImportBatchDto): Promise<ImportSummary> {
    const staff = principal?.kind === 'staff' ? principal : null;
    const practiceId = staff ? staff.practiceId : (await this.practices.current()).id;
    const actor: ImportActor = staff ? { type: 'staff', id: staff.userId } : { type: 'portal', id: null };
    return this.imports.import(practiceId, dto.records, actor);
  }
}
