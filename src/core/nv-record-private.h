/* nv-record-private.h: what the file reader needs beyond the public API
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-history.h"
#include "nv-plan.h"
#include "nv-record.h"
#include "nv-record-list.h"

G_BEGIN_DECLS

/* Sets the id of a record nobody observes yet, without notification */
void     nv_record_take_id        (NvRecord *self,
                                   char     *id);
gboolean nv_record_has_id_prefix  (NvRecord *self);

/* Kept by NvRecordList as items come and go */
void     nv_record_set_container  (NvRecord     *self,
                                   NvRecordList *container);
/* Only the root of a tree, the plan, has a history */
void     nv_record_set_history    (NvRecord     *self,
                                   NvHistory    *history);

/* Changes whenever a record of any plan enters or leaves a list or gets
 * another id */
guint    nv_record_tree_generation (void);
/* How long the plan's file was when last read or written */
void     nv_plan_set_text_size     (NvPlan     *self,
                                    gsize       size);
gsize    nv_plan_get_text_size     (NvPlan     *self);
/* The reader hands the plan its table of ids (id → record, borrowed) */
void     nv_plan_take_index        (NvPlan     *self,
                                    GHashTable *index);

G_END_DECLS
