/* nv-action-item.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_ACTION_ITEM (nv_action_item_get_type ())

G_DECLARE_FINAL_TYPE (NvActionItem, nv_action_item, NV, ACTION_ITEM, NvRecord)

NvActionItem *nv_action_item_new             (void);
const char   *nv_action_item_get_what        (NvActionItem *self);
void          nv_action_item_set_what        (NvActionItem *self,
                                              const char   *what);
const char   *nv_action_item_get_who         (NvActionItem *self);
void          nv_action_item_set_who         (NvActionItem *self,
                                              const char   *who);
guint         nv_action_item_get_due         (NvActionItem *self);
void          nv_action_item_set_due         (NvActionItem *self,
                                              guint         due);
gboolean      nv_action_item_get_done        (NvActionItem *self);
void          nv_action_item_set_done        (NvActionItem *self,
                                              gboolean      done);
const char   *nv_action_item_get_agenda_item (NvActionItem *self);
void          nv_action_item_set_agenda_item (NvActionItem *self,
                                              const char   *agenda_item);

G_END_DECLS
