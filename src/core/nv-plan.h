/* nv-plan.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"
#include "nv-history.h"
#include "nv-record-list.h"

G_BEGIN_DECLS

#define NV_TYPE_PLAN (nv_plan_get_type ())

G_DECLARE_FINAL_TYPE (NvPlan, nv_plan, NV, PLAN, NvRecord)

NvPlan     *nv_plan_new          (void);
const char *nv_plan_get_name     (NvPlan *self);
void        nv_plan_set_name     (NvPlan     *self,
                                  const char *name);
const char *nv_plan_get_notes    (NvPlan *self);
void        nv_plan_set_notes    (NvPlan     *self,
                                  const char *notes);
const char *nv_plan_get_calendar_id (NvPlan     *self);
void        nv_plan_set_calendar_id (NvPlan     *self,
                                     const char *calendar_id);
GListModel *nv_plan_get_people   (NvPlan *self);
GListModel *nv_plan_get_networks (NvPlan *self);
guint               nv_plan_count_meetings (NvPlan     *self);
NvRecord           *nv_plan_lookup         (NvPlan     *self,
                                            const char *id);
const char         *nv_plan_person_name    (NvPlan     *self,
                                            const char *person_id);
NvHistory          *nv_plan_get_history    (NvPlan     *self);
GListModel         *nv_plan_get_templates  (NvPlan     *self);
void                nv_plan_delete_record  (NvPlan     *self,
                                            NvRecord   *record,
                                            const char *label);

G_END_DECLS
