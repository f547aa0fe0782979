/* nv-meeting-page.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-meeting.h"
#include "nv-plan.h"

G_BEGIN_DECLS

#define NV_TYPE_MEETING_PAGE (nv_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (NvMeetingPage, nv_meeting_page, NV, MEETING_PAGE, AdwBin)

void nv_meeting_page_show (NvMeetingPage *self,
                           NvPlan        *plan,
                           NvMeeting     *meeting);

G_END_DECLS
