/* nv-person.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-record.h"
#include "nv-enums.h"

G_BEGIN_DECLS

#define NV_TYPE_PERSON (nv_person_get_type ())

G_DECLARE_FINAL_TYPE (NvPerson, nv_person, NV, PERSON, NvRecord)

NvPerson   *nv_person_new              (void);
const char *nv_person_get_name         (NvPerson *self);
void        nv_person_set_name         (NvPerson   *self,
                                        const char *name);
const char *nv_person_get_organisation (NvPerson *self);
void        nv_person_set_organisation (NvPerson   *self,
                                        const char *organisation);
const char *nv_person_get_role         (NvPerson *self);
void        nv_person_set_role         (NvPerson   *self,
                                        const char *role);
const char *nv_person_get_email        (NvPerson *self);
void        nv_person_set_email        (NvPerson   *self,
                                        const char *email);
const char *nv_person_get_phone        (NvPerson *self);
void        nv_person_set_phone        (NvPerson   *self,
                                        const char *phone);
const char *nv_person_get_notes        (NvPerson *self);
void        nv_person_set_notes        (NvPerson   *self,
                                        const char *notes);

G_END_DECLS
