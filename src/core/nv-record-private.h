/* nv-record-private.h: what the file reader needs beyond the public API
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-history.h"
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

G_END_DECLS
