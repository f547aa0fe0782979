/* nv-recovery.h: copies of unsaved changes, for after a crash
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nv-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  char      *plan_path;  /* the recovered plan */
  GFile     *original;   /* the file it was edited from; NULL for a new plan */
  GDateTime *saved;      /* when the copy was made */
} NvRecoveryEntry;

void        nv_recovery_entry_free (NvRecoveryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NvRecoveryEntry, nv_recovery_entry_free)

char       *nv_recovery_new_id     (void);
char       *nv_recovery_get_dir    (void);
gboolean    nv_recovery_save       (const char       *id,
                                    NvPlan           *plan,
                                    GFile            *original,
                                    GError          **error);
void        nv_recovery_discard    (const char       *id);
GPtrArray  *nv_recovery_list       (void);
NvPlan     *nv_recovery_load       (NvRecoveryEntry  *entry,
                                    GError          **error);

G_END_DECLS
