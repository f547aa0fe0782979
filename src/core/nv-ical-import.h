/* nv-ical-import.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-network.h"
#include "nv-plan.h"

G_BEGIN_DECLS

typedef struct
{
  guint      added;
  guint      updated;
  GPtrArray *skipped;        /* why each skipped event was skipped */
  char      *calendar_name;  /* X-WR-CALNAME, if the file has one */
} NvIcalImportResult;

gboolean nv_ical_import              (NvPlan              *plan,
                                      NvNetwork           *network,
                                      const char          *data,
                                      gsize                length,
                                      NvIcalImportResult  *result,
                                      GError             **error);
gboolean nv_ical_import_file         (NvPlan              *plan,
                                      NvNetwork           *network,
                                      GFile               *file,
                                      NvIcalImportResult  *result,
                                      GError             **error);
char    *nv_ical_import_skipped_text (NvIcalImportResult  *result);
void     nv_ical_import_result_clear (NvIcalImportResult  *result);

G_END_DECLS
