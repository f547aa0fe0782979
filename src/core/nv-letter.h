/* nv-letter.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting.h"
#include "nv-person.h"
#include "nv-plan.h"

G_BEGIN_DECLS

const char *nv_letter_default_template (void);
const char *nv_letter_template_for     (NvMeeting  *meeting);
GHashTable *nv_letter_values_new       (NvPlan     *plan,
                                        NvMeeting  *meeting,
                                        NvPerson   *recipient);
char       *nv_letter_write            (NvPlan     *plan,
                                        NvMeeting  *meeting,
                                        NvPerson   *recipient,
                                        GError    **error);
GPtrArray  *nv_letter_recipients       (NvPlan     *plan,
                                        NvMeeting  *meeting);
GPtrArray  *nv_letter_unanswered       (NvPlan     *plan,
                                        NvMeeting  *meeting,
                                        guint       today);
char       *nv_letter_mailto_uri       (NvPlan     *plan,
                                        NvMeeting  *meeting,
                                        GError    **error);

G_END_DECLS
