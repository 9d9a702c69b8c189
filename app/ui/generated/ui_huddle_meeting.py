# Generated from forms/huddle_meeting.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.ui.widgets.staff_picker import StaffField

class Ui_HuddleMeeting(object):
    def setupUi(self, huddleGroup):
        if not huddleGroup.objectName():
            huddleGroup.setObjectName(u"huddleGroup")
        self.huddleLayout = QVBoxLayout(huddleGroup)
        self.huddleLayout.setObjectName(u"huddleLayout")
        self.huddleForm = QFormLayout()
        self.huddleForm.setObjectName(u"huddleForm")
        self.huddleForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.held = QCheckBox(huddleGroup)
        self.held.setObjectName(u"held")

        self.huddleForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.held)

        self.notHeldReasonLabel = QLabel(huddleGroup)
        self.notHeldReasonLabel.setObjectName(u"notHeldReasonLabel")

        self.huddleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notHeldReasonLabel)

        self.notHeldRow = QHBoxLayout()
        self.notHeldRow.setObjectName(u"notHeldRow")
        self.notHeldReason = QComboBox(huddleGroup)
        self.notHeldReason.setObjectName(u"notHeldReason")
        self.notHeldReason.setEditable(False)

        self.notHeldRow.addWidget(self.notHeldReason)

        self.notHeldDetail = QLineEdit(huddleGroup)
        self.notHeldDetail.setObjectName(u"notHeldDetail")

        self.notHeldRow.addWidget(self.notHeldDetail)


        self.huddleForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.notHeldRow)

        self.leaderLabel = QLabel(huddleGroup)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.huddleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = StaffField(huddleGroup)
        self.leader.setObjectName(u"leader")

        self.huddleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.leader)

        self.startLabel = QLabel(huddleGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.huddleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startTime = QLineEdit(huddleGroup)
        self.startTime.setObjectName(u"startTime")
        self.startTime.setMaxLength(5)

        self.startRow.addWidget(self.startTime)

        self.startHuddle = QPushButton(huddleGroup)
        self.startHuddle.setObjectName(u"startHuddle")

        self.startRow.addWidget(self.startHuddle)

        self.durationLabel = QLabel(huddleGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.startRow.addWidget(self.durationLabel)

        self.startRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startRowSpacer)


        self.huddleForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.startRow)

        self.endLabel = QLabel(huddleGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.huddleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.endTime = QLineEdit(huddleGroup)
        self.endTime.setObjectName(u"endTime")
        self.endTime.setMaxLength(5)

        self.endRow.addWidget(self.endTime)

        self.endHuddle = QPushButton(huddleGroup)
        self.endHuddle.setObjectName(u"endHuddle")

        self.endRow.addWidget(self.endHuddle)

        self.endRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endRowSpacer)


        self.huddleForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.endRow)


        self.huddleLayout.addLayout(self.huddleForm)

#if QT_CONFIG(shortcut)
        self.notHeldReasonLabel.setBuddy(self.notHeldReason)
        self.leaderLabel.setBuddy(self.leader)
        self.startLabel.setBuddy(self.startTime)
        self.endLabel.setBuddy(self.endTime)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.held, self.notHeldReason)
        QWidget.setTabOrder(self.notHeldReason, self.notHeldDetail)
        QWidget.setTabOrder(self.notHeldDetail, self.leader)
        QWidget.setTabOrder(self.leader, self.startTime)
        QWidget.setTabOrder(self.startTime, self.startHuddle)
        QWidget.setTabOrder(self.startHuddle, self.endTime)
        QWidget.setTabOrder(self.endTime, self.endHuddle)

        self.retranslateUi(huddleGroup)

        QMetaObject.connectSlotsByName(huddleGroup)
    # setupUi

    def retranslateUi(self, huddleGroup):
        huddleGroup.setTitle(QCoreApplication.translate("HuddleMeeting", u"Huddle", None))
        self.held.setText(QCoreApplication.translate("HuddleMeeting", u"Huddle held", None))
        self.notHeldReasonLabel.setText(QCoreApplication.translate("HuddleMeeting", u"Why not held", None))
#if QT_CONFIG(accessibility)
        self.notHeldReason.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"Why the huddle was not held", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notHeldDetail.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"More about why the huddle was not held", None))
#endif // QT_CONFIG(accessibility)
        self.notHeldDetail.setPlaceholderText(QCoreApplication.translate("HuddleMeeting", u"a few words (optional unless Other)", None))
        self.leaderLabel.setText(QCoreApplication.translate("HuddleMeeting", u"L&eader", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"Huddle leader", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("HuddleMeeting", u"&Start", None))
#if QT_CONFIG(accessibility)
        self.startTime.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startTime.setPlaceholderText(QCoreApplication.translate("HuddleMeeting", u"09:30", None))
#if QT_CONFIG(accessibility)
        self.startHuddle.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"Start huddle now", None))
#endif // QT_CONFIG(accessibility)
        self.startHuddle.setText(QCoreApplication.translate("HuddleMeeting", u"Start huddle now (F5)", None))
        self.durationLabel.setText("")
        self.endLabel.setText(QCoreApplication.translate("HuddleMeeting", u"E&nd", None))
#if QT_CONFIG(accessibility)
        self.endTime.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endTime.setPlaceholderText(QCoreApplication.translate("HuddleMeeting", u"09:40", None))
#if QT_CONFIG(accessibility)
        self.endHuddle.setAccessibleName(QCoreApplication.translate("HuddleMeeting", u"End huddle now", None))
#endif // QT_CONFIG(accessibility)
        self.endHuddle.setText(QCoreApplication.translate("HuddleMeeting", u"End huddle now (F6)", None))
    # retranslateUi

