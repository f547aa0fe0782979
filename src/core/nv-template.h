/* nv-template.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"
#include "nv-record-list.h"

G_BEGIN_DECLS

#define NV_TYPE_TEMPLATE (nv_template_get_type ())

G_DECLARE_FINAL_TYPE (NvTemplate, nv_template, NV, TEMPLATE, NvRecord)

NvTemplate *nv_template_new       (void);
const char *nv_template_get_name  (NvTemplate *self);
void        nv_template_set_name  (NvTemplate *self,
                                   const char *name);
int         nv_template_get_start (NvTemplate *self);
void        nv_template_set_start (NvTemplate *self,
                                   int         start);
GListModel *nv_template_get_items (NvTemplate *self);

G_END_DECLS
