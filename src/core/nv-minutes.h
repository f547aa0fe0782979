/* nv-minutes.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_MINUTES (nv_minutes_get_type ())

G_DECLARE_FINAL_TYPE (NvMinutes, nv_minutes, NV, MINUTES, NvRecord)

NvMinutes      *nv_minutes_new          (void);
NvMinutesStatus nv_minutes_get_status   (NvMinutes *self);
void            nv_minutes_set_status   (NvMinutes       *self,
                                         NvMinutesStatus  status);
guint           nv_minutes_get_approved (NvMinutes *self);
void            nv_minutes_set_approved (NvMinutes *self,
                                         guint      approved);
guint           nv_minutes_get_sent     (NvMinutes *self);
void            nv_minutes_set_sent     (NvMinutes *self,
                                         guint      sent);

G_END_DECLS
