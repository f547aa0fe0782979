/* nv-rule.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_RULE (nv_rule_get_type ())

G_DECLARE_FINAL_TYPE (NvRule, nv_rule, NV, RULE, NvRecord)

NvRule     *nv_rule_new       (void);
const char *nv_rule_get_title (NvRule *self);
void        nv_rule_set_title (NvRule     *self,
                               const char *title);
const char *nv_rule_get_text  (NvRule *self);
void        nv_rule_set_text  (NvRule     *self,
                               const char *text);

G_END_DECLS
