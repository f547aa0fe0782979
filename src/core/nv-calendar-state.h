/* nv-calendar-state.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_CALENDAR_STATE (nv_calendar_state_get_type ())

G_DECLARE_FINAL_TYPE (NvCalendarState, nv_calendar_state, NV, CALENDAR_STATE, NvRecord)

NvCalendarState *nv_calendar_state_new          (void);
int              nv_calendar_state_get_sequence (NvCalendarState *self);
void             nv_calendar_state_set_sequence (NvCalendarState *self,
                                                 int              sequence);
const char      *nv_calendar_state_get_digest   (NvCalendarState *self);
void             nv_calendar_state_set_digest   (NvCalendarState *self,
                                                 const char      *digest);
const char      *nv_calendar_state_get_uid      (NvCalendarState *self);
void             nv_calendar_state_set_uid      (NvCalendarState *self,
                                                 const char      *uid);

G_END_DECLS
