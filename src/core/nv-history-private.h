/* nv-history-private.h: how records and lists report their changes
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-history.h"
#include "nv-record.h"
#include "nv-record-list.h"

G_BEGIN_DECLS

/* Each takes a %NULL history (a record outside any plan) and does nothing */
void nv_history_record_property (NvHistory    *self,
                                 NvRecord     *record,
                                 GParamSpec   *pspec);
void nv_history_record_insert   (NvHistory    *self,
                                 NvRecordList *list,
                                 guint         position,
                                 NvRecord     *item);
void nv_history_emit_changed    (NvHistory    *self);
void nv_history_record_remove   (NvHistory    *self,
                                 NvRecordList *list,
                                 guint         position,
                                 NvRecord     *item);

G_END_DECLS
