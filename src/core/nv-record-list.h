/* nv-record-list.h: the list of records a record owns
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "nv-record.h"

G_BEGIN_DECLS

#define NV_TYPE_RECORD_LIST (nv_record_list_get_type ())

G_DECLARE_FINAL_TYPE (NvRecordList, nv_record_list, NV, RECORD_LIST, GObject)

NvRecordList *nv_record_list_new       (GType         item_type,
                                        NvRecord     *owner);
NvRecord     *nv_record_list_get_owner (NvRecordList *self);
NvRecord     *nv_record_list_peek      (NvRecordList *self,
                                        guint         position);
gboolean      nv_record_list_find      (NvRecordList *self,
                                        NvRecord     *item,
                                        guint        *position);
void          nv_record_list_insert    (NvRecordList *self,
                                        guint         position,
                                        NvRecord     *item);
void          nv_record_list_append    (NvRecordList *self,
                                        NvRecord     *item);
void          nv_record_list_remove    (NvRecordList *self,
                                        guint         position);
void          nv_record_list_move      (NvRecordList *self,
                                        guint         from,
                                        guint         to);
void          nv_record_list_take_all  (NvRecordList *self,
                                        GPtrArray    *items);

G_END_DECLS
