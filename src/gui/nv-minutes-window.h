/* nv-minutes-window.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-action-item.h"
#include "nv-meeting.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_MINUTES_WINDOW (nv_minutes_window_get_type ())

G_DECLARE_FINAL_TYPE (NvMinutesWindow, nv_minutes_window, NV, MINUTES_WINDOW, AdwWindow)

NvMinutesWindow *nv_minutes_window_new          (NvPlan          *plan,
                                                 NvMeeting       *meeting);
NvMeeting       *nv_minutes_window_get_meeting  (NvMinutesWindow *self);
guint            nv_minutes_window_get_position (NvMinutesWindow *self);
void             nv_minutes_window_set_position (NvMinutesWindow *self,
                                                 guint            position);

GtkWidget       *nv_action_item_row_new         (NvPlan          *plan,
                                                 NvActionItem    *action,
                                                 gboolean         expanded);
GtkWidget       *nv_earlier_action_row_new      (NvPlan          *plan,
                                                 NvActionItem    *action);
void             nv_minutes_ask_unlock          (GtkWidget       *parent,
                                                 NvMeeting       *meeting);

G_END_DECLS
